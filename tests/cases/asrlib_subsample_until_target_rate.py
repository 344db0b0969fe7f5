# case: adaptive front-end keeps halving the time axis with a stride-2 pooling while the longest utterance still exceeds a frame budget (lens.max() > target) -> while on tensor data whose body changes the shape, dynamic or error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FrontendConfig:
    d_model = 20
    max_encoder_frames = 12


class AdaptiveSubsampler(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.target = config.max_encoder_frames
        self.pool = nn.AvgPool1d(kernel_size=2, stride=2)
        self.proj = nn.Dense(config.d_model, config.d_model)

    def _halve(self, x, lens):
        x = self.pool(x.swapaxes(1, 2)).swapaxes(1, 2)
        return x, lens // 2

    def construct(self, x, lens):
        num_halvings = 0
        while lens.max() > self.target:
            x, lens = self._halve(x, lens)
            num_halvings += 1
        return self.proj(x), lens, num_halvings


def make():
    np.random.seed(39)
    x = Tensor(np.random.randn(2, 48, 20).astype(np.float32))
    lens = Tensor(np.array([48, 30], dtype=np.int32))
    return AdaptiveSubsampler(FrontendConfig()), (x, lens)
