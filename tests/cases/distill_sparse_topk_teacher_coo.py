# case: teacher top-k probabilities stored as a COOTensor sparse target and densified with to_dense before the cross-entropy -> sparse tensor in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class SparseTargetKD(nn.Cell):
    def __init__(self, k=3, temperature=2.0):
        super().__init__()
        self.k = k
        self.t = temperature

    def sparse_targets(self, t_logits):
        n, c = t_logits.shape
        vals, idx = ops.topk(ops.softmax(t_logits / self.t, axis=-1), self.k)
        rows = ops.arange(n).reshape(-1, 1).broadcast_to((n, self.k)).astype(ms.int32)
        indices = ops.stack([rows.reshape(-1), idx.reshape(-1).astype(ms.int32)], axis=1)
        vals = (vals / vals.sum(axis=-1, keepdims=True)).reshape(-1)
        return COOTensor(indices, vals, (n, c))

    def construct(self, s_logits, t_logits):
        target = self.sparse_targets(t_logits).to_dense()
        return -(target * ops.log_softmax(s_logits / self.t, axis=-1)).sum(-1).mean()


def make():
    np.random.seed(34)
    s = Tensor(np.random.randn(4, 8).astype(np.float32))
    t = Tensor(np.random.randn(4, 8).astype(np.float32))
    return SparseTargetKD(), (s, t)
