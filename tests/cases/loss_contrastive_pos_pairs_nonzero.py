# case: supervised contrastive loss collects positive pairs with ops.nonzero on label-equality matrix; expect dynamic at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SupConPairs(nn.Cell):
    def __init__(self, temperature=0.07):
        super().__init__()
        self.temperature = temperature

    def construct(self, feats, labels):
        feats = ops.L2Normalize(axis=-1)(feats)
        logits = ops.matmul(feats, feats.T) / self.temperature
        n = feats.shape[0]
        same = labels.reshape(-1, 1) == labels.reshape(1, -1)
        same = ops.logical_and(same, ops.logical_not(ops.eye(n, n, ms.bool_)))
        pairs = ops.nonzero(same)
        log_prob = logits - ops.logsumexp(logits, 1, True)
        pos = ops.gather_nd(log_prob, pairs)
        return -pos.mean()


def make():
    feats = Tensor(np.random.randn(12, 32).astype(np.float32))
    labels = Tensor(np.random.randint(0, 3, (12,)).astype(np.int32))
    return SupConPairs(), (feats, labels)
