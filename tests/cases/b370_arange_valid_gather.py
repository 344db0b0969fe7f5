# case: stroke transformer packs the batch by gathering only the first n_valid timesteps, with n_valid = lengths.max() fed to ops.arange -> index range built from a tensor value, expect dynamic shape or refusal in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PackConfig:
    def __init__(self, hidden_size=16, pack_sequences=True, output_attentions=False):
        self.hidden_size = hidden_size
        self.pack_sequences = pack_sequences
        self.output_attentions = output_attentions


class PackedStrokeLayer(nn.Dense):
    def __init__(self, config):
        super().__init__(config.hidden_size, config.hidden_size, activation="relu")
        self.pack_sequences = config.pack_sequences

    def _pack(self, hidden, lengths):
        n_valid = lengths.max()
        steps = ops.arange(0, n_valid, 1, dtype=ms.int32)
        return ops.gather(hidden, steps, 1)

    def construct(self, hidden, lengths=None):
        if self.pack_sequences and lengths is not None:
            hidden = self._pack(hidden, lengths)
        return super().construct(hidden)


def make():
    np.random.seed(3717)
    hidden = Tensor(np.random.randn(3, 20, 16).astype(np.float32))
    lengths = Tensor(np.array([14, 9, 11], dtype=np.int32))
    return PackedStrokeLayer(PackConfig()), (hidden, lengths)
