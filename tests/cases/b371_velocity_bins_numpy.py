# case: velocity tokenizer converts MIDI velocities to bins with np.digitize on x.asnumpy() inside construct and wraps the result back into a Tensor -> NumPy on tensors in construct, Graph mode rejects
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

VELOCITY_BIN_EDGES = np.linspace(0, 128, 33)[1:-1]

class VelocityTokenizerConfig:
    n_bins = 32
    token_offset = 356

class VelocityTokenizer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.offset = config.token_offset
        self.n_bins = config.n_bins
        self.edges = VELOCITY_BIN_EDGES

    def _bin(self, velocities):
        bins = np.digitize(velocities.asnumpy(), self.edges)
        return Tensor(bins.astype(np.int32))

    def construct(self, velocities, note_mask=None):
        tokens = self._bin(velocities) + self.offset
        if note_mask is not None:
            tokens = ops.select(note_mask, tokens, ops.zeros_like(tokens))
        return tokens

def make():
    np.random.seed(3728)
    tok = VelocityTokenizer(VelocityTokenizerConfig())
    vel = Tensor(np.random.randint(1, 128, size=(2, 12)).astype(np.float32))
    return tok, (vel,)
