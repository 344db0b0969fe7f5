# case: global unstructured pruning threshold taken as the k-th smallest magnitude with k from shape and target sparsity, then masked_fill -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GlobalMagnitudePrune(nn.Cell):
    def __init__(self, sparsity=0.75):
        super().__init__()
        self.sparsity = sparsity

    def threshold(self, w):
        flat = ops.abs(w.reshape(-1))
        k = int(flat.shape[0] * self.sparsity)
        sorted_vals, _ = ops.sort(flat)
        return sorted_vals[k]

    def construct(self, w):
        thr = self.threshold(w)
        pruned = ops.masked_fill(w, ops.abs(w) < thr, 0.0)
        nnz = ops.reduce_sum((pruned != 0).astype(ms.float32))
        return pruned, nnz


def make():
    np.random.seed(38)
    w = Tensor(np.random.randn(8, 8).astype(np.float32))
    return GlobalMagnitudePrune(), (w,)
