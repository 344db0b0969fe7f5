# case: blends a light user's vector toward the popularity vector when hist_len (scalar tensor) is below a warm threshold, if/else on the tensor with same-shape branches -> control flow on tensor but static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class ColdStartBlend(nn.Cell):
    def __init__(self, num_items=20, emb_dim=8, warm_threshold=5):
        super().__init__()
        table = np.random.randn(num_items, emb_dim).astype(np.float32)
        self.item_table = Parameter(Tensor(table), name="item_table")
        self.warm_threshold = warm_threshold

    def construct(self, user_vec, pop_vec, hist_len):
        if hist_len < self.warm_threshold:
            alpha = hist_len.astype(ms.float32) / self.warm_threshold
            user = alpha * user_vec + (1 - alpha) * pop_vec
        else:
            user = user_vec
        return ops.matmul(self.item_table, user)


def make():
    np.random.seed(31)
    user = Tensor(np.random.randn(8).astype(np.float32))
    pop = Tensor(np.random.randn(8).astype(np.float32))
    hist_len = Tensor(2, ms.int32)
    return ColdStartBlend(), (user, pop, hist_len)
