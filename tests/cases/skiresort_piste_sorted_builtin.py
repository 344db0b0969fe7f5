# case: order piste grooming priorities with Python sorted() over tensor.tolist() inside construct and rebuild a tensor -> Python builtins on tensor values in construct, expected error or fallback
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GroomingPriority(nn.Cell):
    def __init__(self, n_feat=5):
        super().__init__()
        self.score = nn.Dense(n_feat, 1)

    def construct(self, piste_feat):
        pr = ops.sigmoid(self.score(piste_feat)).squeeze(-1)
        ordered = sorted(pr.tolist(), reverse=True)
        return Tensor(ordered, ms.float32)


def make():
    np.random.seed(191)
    feat = Tensor(np.random.randn(9, 5).astype(np.float32))
    return GroomingPriority(), (feat,)
