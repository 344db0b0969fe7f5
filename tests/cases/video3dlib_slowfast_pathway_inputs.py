# case: SlowFast-style two-pathway stem accepts either a single clip or a (slow, fast) tuple, dispatching with isinstance(x, (list, tuple)) and building the slow path by frame stride -> compile-time dispatch, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SlowFastConfig:
    def __init__(self, slow_width=8, fast_width=2, alpha=4, fuse_fast_to_slow=True):
        self.slow_width = slow_width
        self.fast_width = fast_width
        self.alpha = alpha
        self.fuse_fast_to_slow = fuse_fast_to_slow


class SlowFastStem(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.alpha = config.alpha
        self.fuse = config.fuse_fast_to_slow
        self.slow_conv = nn.Conv3d(3, config.slow_width, (1, 3, 3), stride=(1, 2, 2), pad_mode="same")
        self.fast_conv = nn.Conv3d(3, config.fast_width, (5, 3, 3), stride=(1, 2, 2), pad_mode="same")
        self.lateral = nn.Conv3d(config.fast_width, config.slow_width, (5, 1, 1),
                                 stride=(config.alpha, 1, 1), pad_mode="same")

    def _split_pathways(self, inputs):
        if isinstance(inputs, (list, tuple)):
            return inputs[0], inputs[1]
        return inputs[:, :, ::self.alpha], inputs

    def construct(self, inputs):
        slow, fast = self._split_pathways(inputs)
        slow = ops.relu(self.slow_conv(slow))
        fast = ops.relu(self.fast_conv(fast))
        if self.fuse:
            slow = slow + self.lateral(fast)
        return slow, fast


def make():
    np.random.seed(139)
    clip = Tensor(np.random.randn(1, 3, 16, 16, 16).astype(np.float32))
    return SlowFastStem(SlowFastConfig()), ((clip[:, :, ::4], clip),)
