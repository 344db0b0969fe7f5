# case: hand-written Adam with step counter Parameter and bias correction via ops.pow in construct -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter, ParameterTuple


class HandAdam(nn.Cell):
    def __init__(self, params, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
        super().__init__()
        self.params = ParameterTuple(params)
        self.exp_avg = self.params.clone(prefix="exp_avg", init="zeros")
        self.exp_avg_sq = self.params.clone(prefix="exp_avg_sq", init="zeros")
        self.step = Parameter(Tensor(0, ms.float32), name="adam_step", requires_grad=False)
        self.lr, self.beta1, self.beta2, self.eps = lr, beta1, beta2, eps

    def construct(self, grads):
        ops.assign_add(self.step, Tensor(1.0, ms.float32))
        bc1 = 1.0 - ops.pow(Tensor(self.beta1, ms.float32), self.step)
        bc2 = 1.0 - ops.pow(Tensor(self.beta2, ms.float32), self.step)
        step_size = self.lr * ops.sqrt(bc2) / bc1
        for p, m, v, g in zip(self.params, self.exp_avg, self.exp_avg_sq, grads):
            m_new = self.beta1 * m + (1.0 - self.beta1) * g
            v_new = self.beta2 * v + (1.0 - self.beta2) * g * g
            ops.assign(m, m_new)
            ops.assign(v, v_new)
            ops.assign(p, p - step_size * m_new / (ops.sqrt(v_new) + self.eps))
        return self.step


class AdamTrainStep(nn.Cell):
    def __init__(self, net_with_loss, lr=1e-3):
        super().__init__()
        self.net_with_loss = net_with_loss
        self.optimizer = HandAdam(net_with_loss.trainable_params(), lr=lr)
        self.grad_fn = ops.value_and_grad(net_with_loss, None, self.optimizer.params)

    def construct(self, x, y):
        loss, grads = self.grad_fn(x, y)
        step = self.optimizer(grads)
        return loss, step


def make():
    np.random.seed(3)
    net = nn.WithLossCell(nn.Dense(5, 2), nn.L1Loss())
    x = Tensor(np.random.randn(6, 5).astype(np.float32))
    y = Tensor(np.random.randn(6, 2).astype(np.float32))
    return AdamTrainStep(net), (x, y)
