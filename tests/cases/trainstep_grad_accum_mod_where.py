# case: gradient accumulation into zero-initialised Parameters, apply and reset every N micro-steps using ops.select on step % N -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter, ParameterTuple


class GradAccumulationStep(nn.Cell):
    def __init__(self, net_with_loss, lr=0.01, accumulation_steps=4):
        super().__init__()
        self.net_with_loss = net_with_loss
        self.weights = ParameterTuple(net_with_loss.trainable_params())
        self.accum_grads = self.weights.clone(prefix="accum", init="zeros")
        self.micro_step = Parameter(Tensor(0, ms.int32), name="micro_step", requires_grad=False)
        self.accumulation_steps = accumulation_steps
        self.lr = lr
        self.grad = ops.GradOperation(get_by_list=True)

    def _accumulate(self, grads):
        for acc, g in zip(self.accum_grads, grads):
            ops.assign_add(acc, g / self.accumulation_steps)

    def _maybe_apply(self, boundary):
        for w, acc in zip(self.weights, self.accum_grads):
            ops.assign(w, ops.select(boundary, w - self.lr * acc, w))
            ops.assign(acc, ops.select(boundary, ops.zeros_like(acc), acc))

    def construct(self, x, y):
        loss = self.net_with_loss(x, y)
        grads = self.grad(self.net_with_loss, self.weights)(x, y)
        self._accumulate(grads)
        ops.assign_add(self.micro_step, Tensor(1, ms.int32))
        boundary = (self.micro_step % self.accumulation_steps) == 0
        self._maybe_apply(boundary)
        return loss


def make():
    np.random.seed(6)
    net = nn.WithLossCell(nn.Dense(4, 4), nn.MSELoss())
    x = Tensor(np.random.randn(2, 4).astype(np.float32))
    y = Tensor(np.random.randn(2, 4).astype(np.float32))
    return GradAccumulationStep(net), (x, y)
