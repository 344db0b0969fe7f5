# case: count how many distinct alert codes the observatory issued across sensor networks using ops.unique -> unique output size depends on data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

ALERT_NAMES = ("GREEN", "YELLOW", "ORANGE", "RED")


class AlertCodeSummary(nn.Cell):
    def __init__(self, n_levels=len(ALERT_NAMES)):
        super().__init__()
        self.n_levels = n_levels

    def construct(self, codes):
        # codes: (networks,) int32 alert level per monitoring network
        distinct, inverse = ops.unique(codes)
        n_distinct = distinct.shape[0]
        highest = distinct.max()
        votes = ops.zeros((n_distinct,), ms.float32)
        votes = ops.tensor_scatter_add(votes, inverse.reshape(-1, 1), ops.ones_like(codes).astype(ms.float32))
        return highest, votes


def make():
    np.random.seed(51)
    codes = np.random.randint(0, 4, size=(12,)).astype(np.int32)
    return AlertCodeSummary(), (Tensor(codes),)
