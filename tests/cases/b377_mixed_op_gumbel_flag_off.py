# case: DARTS MixedOp weighting candidate ops by softmax(alpha / tau) over enumerate(CellList); the gumbel-hard sampling branch is behind a config flag left at False -> expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class DartsConfig:
    channels = 8
    num_candidates = 3
    use_gumbel = False
    tau = 5.0


def _conv_bn(c, k):
    return nn.SequentialCell([nn.Conv2d(c, c, k, pad_mode="same"), nn.BatchNorm2d(c), nn.ReLU()])


class MixedOp(nn.Cell):
    def __init__(self, config, alpha=None):
        super().__init__()
        self.use_gumbel = getattr(config, "use_gumbel", False)
        self.tau = config.tau
        self.ops_list = nn.CellList([_conv_bn(config.channels, k) for k in (1, 3, 5)][: config.num_candidates])
        if alpha is None:
            alpha = Tensor(np.zeros(config.num_candidates, np.float32))
        self.alpha = Parameter(alpha, name="arch_alpha")

    def _arch_weights(self):
        if self.use_gumbel:
            hard = ops.gumbel_softmax(self.alpha.reshape(1, -1), self.tau, hard=True)
            idx = int(hard.argmax())
            return hard[0, :idx + 1]
        return ops.softmax(self.alpha / self.tau, axis=0)

    def construct(self, x):
        weights = self._arch_weights()
        out = None
        for i, op in enumerate(self.ops_list):
            y = weights[i] * op(x)
            out = y if out is None else out + y
        return out


def make():
    np.random.seed(3772)
    cell = MixedOp(DartsConfig())
    cell.set_train(False)
    x = Tensor(np.random.randn(2, 8, 5, 5).astype(np.float32))
    return cell, (x,)
