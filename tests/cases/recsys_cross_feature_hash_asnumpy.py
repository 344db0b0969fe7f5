# case: wide part hashes crossed categorical features (user x item) in a NumPy helper via .asnumpy() -> compile error at line 18
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CrossHashWide(nn.Cell):
    """Wide component of a wide&deep model over hashed feature crosses."""

    def __init__(self, num_buckets=1000, dim=1, salt=1000003):
        super().__init__()
        self.num_buckets = num_buckets
        self.salt = salt
        self.cross_weight = nn.Embedding(num_buckets, dim)
        self.bias = ms.Parameter(Tensor(np.zeros((1,), np.float32)), name="bias")

    def hash_cross(self, a, b):
        a_np = a.asnumpy().astype(np.int64)
        b_np = b.asnumpy().astype(np.int64)
        h = (a_np * self.salt + b_np) % self.num_buckets
        return Tensor(h.astype(np.int32))

    def construct(self, user_ids, item_ids, user_cat):
        crosses = [self.hash_cross(user_ids, item_ids),
                   self.hash_cross(user_cat, item_ids)]
        logit = self.bias
        for c in crosses:
            logit = logit + self.cross_weight(c).squeeze(-1)
        return ops.sigmoid(logit)


def make():
    np.random.seed(2)
    user_ids = Tensor(np.random.randint(0, 500, size=(8,)).astype(np.int32))
    item_ids = Tensor(np.random.randint(0, 800, size=(8,)).astype(np.int32))
    user_cat = Tensor(np.random.randint(0, 10, size=(8,)).astype(np.int32))
    return CrossHashWide(), (user_ids, item_ids, user_cat)
