# case: @ms.jit_class hyper-parameter object stored on the Cell and read (not mutated) in construct for weight decay/lr -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, ParameterTuple


@ms.jit_class
class OptimHParams:
    def __init__(self, lr=0.05, weight_decay=1e-3, grad_clip=1.0):
        self.lr = lr
        self.weight_decay = weight_decay
        self.grad_clip = grad_clip

    def effective_lr(self, scale):
        return self.lr * scale


class HParamSGDStep(nn.Cell):
    def __init__(self, net_with_loss, hparams=None):
        super().__init__()
        self.net_with_loss = net_with_loss
        self.weights = ParameterTuple(net_with_loss.trainable_params())
        self.hp = hparams if hparams is not None else OptimHParams()
        self.grad = ops.GradOperation(get_by_list=True)

    def construct(self, x, y, lr_scale):
        loss = self.net_with_loss(x, y)
        grads = self.grad(self.net_with_loss, self.weights)(x, y)
        grads = ops.clip_by_global_norm(grads, self.hp.grad_clip)
        lr = self.hp.effective_lr(lr_scale)
        for w, g in zip(self.weights, grads):
            ops.assign(w, w - lr * (g + self.hp.weight_decay * w))
        return loss


def make():
    np.random.seed(19)
    net = nn.WithLossCell(nn.Dense(3, 3), nn.MSELoss())
    x = Tensor(np.random.randn(4, 3).astype(np.float32))
    y = Tensor(np.random.randn(4, 3).astype(np.float32))
    return HParamSGDStep(net), (x, y, Tensor(0.5, ms.float32))
