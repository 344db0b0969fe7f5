# case: force head with a training-only ops.masked_select loss, but the cell stays in eval mode (self.training False) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ForceHeadConfig:
    hidden = 16
    loss_weight = 0.5


class ForceHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.proj = nn.Dense(config.hidden, 3)
        self.loss_weight = config.loss_weight

    def _masked_mse(self, pred, target, atom_mask):
        mask3 = ops.broadcast_to(atom_mask[..., None], pred.shape)
        err = ops.masked_select(pred - target, mask3)
        return (err * err).mean()

    def construct(self, h, atom_mask, forces=None):
        pred = self.proj(h)
        if self.training and forces is not None:
            loss = self.loss_weight * self._masked_mse(pred, forces, atom_mask)
            return pred, loss
        return (pred * atom_mask[..., None].astype(pred.dtype),)


def make():
    np.random.seed(10)
    h = Tensor(np.random.randn(2, 7, 16).astype(np.float32))
    f = Tensor(np.random.randn(2, 7, 3).astype(np.float32))
    mask = np.ones((2, 7), bool)
    mask[1, 4:] = False
    net = ForceHead(ForceHeadConfig())
    net.set_train(False)
    return net, (h, Tensor(mask), f)
