package id.jejaring.shared.internal;

import org.hibernate.envers.RevisionListener;

class RevisionUserListener implements RevisionListener {

	@Override
	public void newRevision(Object revisionEntity) {
		((RevisionInfo) revisionEntity).setUsername(PersistenceConfiguration.currentUsername());
	}

}
