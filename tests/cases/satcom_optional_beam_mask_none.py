# case: beam assignment cell with an optional beam availability mask checked with `is None`, otherwise all beams allowed -> is None resolved at compile time, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BeamAssigner(nn.Cell):
    def __init__(self, temperature=0.5):
        super().__init__()
        self.temperature = temperature

    def construct(self, gain, beam_mask=None):
        if beam_mask is not None:
            gain = gain + (1.0 - beam_mask) * -1e9
        best_beam = ops.argmax(gain, dim=-1)
        probs = ops.softmax(gain / self.temperature, axis=-1)
        return best_beam, probs


def make():
    np.random.seed(36)
    gain = Tensor(np.random.randn(6, 5).astype(np.float32))
    mask = Tensor((np.random.rand(6, 5) > 0.3).astype(np.float32))
    return BeamAssigner(), (gain, mask)
