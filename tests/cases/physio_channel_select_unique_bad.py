# case: select EEG channels flagged as bad in any epoch using ops.unique on the flagged channel ids and gather them -> dynamic shape from unique
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BadChannelPicker(nn.Cell):
    def __init__(self, flat_uv=0.5, noisy_uv=80.0):
        super().__init__()
        self.flat_uv = flat_uv
        self.noisy_uv = noisy_uv

    def channel_std(self, epochs):
        return epochs.std(axis=-1)

    def construct(self, epochs, flagged_ids):
        # epochs: (n_epochs, n_channels, n_times); flagged_ids: channel ids reported by QC over epochs
        bad_ids, _ = ops.unique(flagged_ids)
        std = self.channel_std(epochs).mean(axis=0)
        bad_std = ops.gather(std, bad_ids, 0)
        return bad_ids, bad_std


def make():
    np.random.seed(6)
    epochs = 10.0 * np.random.randn(6, 8, 40)
    flagged = np.array([3, 5, 3, 3, 7, 5], dtype=np.int32)
    return BadChannelPicker(), (Tensor(epochs.astype(np.float32)), Tensor(flagged))
