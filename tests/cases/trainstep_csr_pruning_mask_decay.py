# case: magnitude-pruning step builds a CSRTensor of surviving weights in construct to apply decay only to kept entries -> compile error / dynamic shape at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter, CSRTensor


class PrunedLinearTrainer(nn.Cell):
    def __init__(self, rows=4, cols=6, lr=0.05, decay=0.01):
        super().__init__()
        init = np.random.RandomState(2).randn(rows, cols).astype(np.float32)
        init[np.abs(init) < 0.6] = 0.0
        self.weight = Parameter(Tensor(init), name="pruned_w")
        self.lr = lr
        self.decay = decay
        self.grad = ops.grad(self.loss_fn, grad_position=0)

    def loss_fn(self, w, x, y):
        return ops.square(ops.matmul(x, w.T) - y).mean()

    def kept_weights(self, w):
        flat_idx = ops.nonzero(w.reshape(-1) != 0).reshape(-1).astype(ms.int32)
        n_cols = w.shape[1]
        rows = flat_idx // n_cols
        cols = flat_idx % n_cols
        counts = ops.bincount(rows, minlength=w.shape[0]).astype(ms.int32)
        indptr = ops.concat((Tensor([0], ms.int32), ops.cumsum(counts, 0).astype(ms.int32)))
        return CSRTensor(indptr, cols, w.reshape(-1)[flat_idx], w.shape)

    def construct(self, x, y):
        w = self.weight * 1.0
        loss = self.loss_fn(w, x, y)
        g = self.grad(w, x, y) * (w != 0).astype(ms.float32)
        kept = self.kept_weights(w)
        ops.assign_sub(self.weight, self.lr * g + self.decay * kept.to_dense())
        return loss


def make():
    np.random.seed(48)
    x = Tensor(np.random.randn(5, 6).astype(np.float32))
    y = Tensor(np.random.randn(5, 4).astype(np.float32))
    return PrunedLinearTrainer(), (x, y)
