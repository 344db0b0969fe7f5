# case: user-aware SASRec variant repeats each user embedding once per non-pad item with ops.repeat_interleave (repeats counted from the ids) for a length-weighted user prior -> output length depends on data, dynamic shape or error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

PAD_ID = 0


class UserFusionConfig:
    def __init__(self, n_users=10, n_items=30, hidden=8, fuse_user=True):
        self.n_users = n_users
        self.n_items = n_items
        self.hidden = hidden
        self.fuse_user = fuse_user


class UserItemFusion(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.user_emb = nn.Embedding(config.n_users, config.hidden)
        self.item_emb = nn.Embedding(config.n_items + 1, config.hidden, padding_idx=PAD_ID)
        self.fuse_user = config.fuse_user

    def _expand_users(self, user_vec, item_ids):
        counts = (item_ids != PAD_ID).astype(ms.int32).sum(axis=1)
        return ops.repeat_interleave(user_vec, counts, 0)

    def construct(self, user_ids, item_ids):
        item_vec = self.item_emb(item_ids)
        if not self.fuse_user:
            return item_vec.sum(axis=1)
        users = self._expand_users(self.user_emb(user_ids), item_ids)
        length_weighted_user = users.mean(axis=0, keep_dims=True)
        return item_vec.sum(axis=1) + length_weighted_user


def make():
    np.random.seed(3602)
    ids = np.random.randint(1, 31, size=(3, 6)).astype(np.int32)
    ids[0, :2] = PAD_ID
    users = np.array([1, 4, 7], np.int32)
    return UserItemFusion(UserFusionConfig()), (Tensor(users), Tensor(ids))
