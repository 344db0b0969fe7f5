# case: autoregressive decoder that rolls out as many steps as the horizon tensor says, appending each step to a list and concatenating -> loop count from tensor data, output length unknown at compile time
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DecoderConfig:
    hidden = 16
    n_channels = 3
    max_horizon = 12


class GRUStepDecoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.cell = nn.GRUCell(config.n_channels, config.hidden)
        self.out = nn.Dense(config.hidden, config.n_channels)
        self.max_horizon = config.max_horizon

    def _rollout(self, y, h, steps):
        preds = []
        for _ in range(steps):
            h = self.cell(y, h)
            y = self.out(h)
            preds.append(y.expand_dims(1))
        return ops.concat(preds, axis=1)

    def construct(self, last_obs, h0, horizon):
        steps = int(ops.minimum(horizon, self.max_horizon))
        return self._rollout(last_obs, h0, steps)


def make():
    np.random.seed(3438)
    y = Tensor(np.random.randn(4, 3).astype(np.float32))
    h = Tensor(np.zeros((4, 16), np.float32))
    horizon = Tensor(6, ms.int32)
    return GRUStepDecoder(DecoderConfig()), (y, h, horizon)
