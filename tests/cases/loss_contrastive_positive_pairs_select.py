# case: supervised contrastive loss gathers positive-pair similarities with mint.masked_select on a same-label mask before log-mean; count data-dependent -> dynamic or error at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor

TEMPERATURE = 0.1


class SupConLoss(nn.Cell):
    def __init__(self, temperature=TEMPERATURE):
        super().__init__()
        self.t = temperature

    def construct(self, feats, labels):
        z = ops.L2Normalize(axis=-1)(feats)
        sim = ops.matmul(z, z.T) / self.t
        n = feats.shape[0]
        eye = ops.eye(n, n, ms.bool_)
        same = ops.logical_and(labels.expand_dims(0) == labels.expand_dims(1), ~eye)
        logp = sim - ops.logsumexp(ops.masked_fill(sim, eye, -1e9), 1, True)
        pos = mint.masked_select(logp, same)
        return -pos.mean()


def make():
    feats = Tensor(np.random.randn(6, 8).astype(np.float32))
    return SupConLoss(), (feats, Tensor(np.array([0, 1, 0, 2, 1, 0], np.int32)))
