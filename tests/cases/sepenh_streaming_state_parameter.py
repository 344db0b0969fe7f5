# case: streaming GRU-style enhancer keeps its recurrent state in a non-trainable Parameter updated with ops.assign per chunk -> side-effect on a Parameter is supported, compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class StatefulChunkEnhancer(nn.Cell):
    def __init__(self, n_bins=16, hidden=12, batch=1):
        super().__init__()
        self.cell = nn.GRUCell(n_bins, hidden)
        self.out = nn.Dense(hidden, n_bins)
        self.state = Parameter(Tensor(np.zeros((batch, hidden), np.float32)), name="stream_state", requires_grad=False)

    def reset(self):
        self.state.set_data(Tensor(np.zeros(self.state.shape, np.float32)))

    def construct(self, chunk):
        # chunk: (batch, frames, bins)
        h = self.state * 1.0
        masks = []
        for t in range(chunk.shape[1]):
            h = self.cell(chunk[:, t], h)
            masks.append(ops.sigmoid(self.out(h)))
        ops.assign(self.state, h)
        return chunk * ops.stack(masks, axis=1)


def make():
    np.random.seed(27)
    chunk = np.abs(np.random.randn(1, 5, 16)).astype(np.float32)
    return StatefulChunkEnhancer(), (Tensor(chunk),)
