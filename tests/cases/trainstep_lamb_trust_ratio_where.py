# case: hand-written LAMB layer-wise trust ratio with ops.where guarding zero norms -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter, ParameterTuple


class SimpleLamb(nn.Cell):
    def __init__(self, params, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-6, weight_decay=0.01):
        super().__init__()
        self.parameters = ParameterTuple(params)
        self.m = self.parameters.clone(prefix="lamb_m", init="zeros")
        self.v = self.parameters.clone(prefix="lamb_v", init="zeros")
        self.lr, self.beta1, self.beta2 = lr, beta1, beta2
        self.eps, self.weight_decay = eps, weight_decay

    def _trust_ratio(self, param, update):
        w_norm = ops.norm(param)
        u_norm = ops.norm(update)
        ratio = w_norm / (u_norm + self.eps)
        return ops.where((w_norm > 0) & (u_norm > 0), ratio, ops.ones_like(ratio))

    def construct(self, grads):
        for p, m, v, g in zip(self.parameters, self.m, self.v, grads):
            m_t = self.beta1 * m + (1 - self.beta1) * g
            v_t = self.beta2 * v + (1 - self.beta2) * ops.square(g)
            update = m_t / (ops.sqrt(v_t) + self.eps) + self.weight_decay * p
            ratio = self._trust_ratio(p, update)
            ops.assign(m, m_t)
            ops.assign(v, v_t)
            ops.assign(p, p - self.lr * ratio * update)
        return True


def make():
    np.random.seed(12)
    net = nn.WithLossCell(nn.Dense(7, 3), nn.MSELoss())
    opt = SimpleLamb(net.trainable_params())
    step = nn.TrainOneStepCell(net, opt)
    x = Tensor(np.random.randn(4, 7).astype(np.float32))
    y = Tensor(np.random.randn(4, 3).astype(np.float32))
    return step, (x, y)
