# case: processes chunks in a for loop and breaks out as soon as a chunk's energy drops below a tensor threshold, concatenating what was processed -> break on a tensor condition leaves a data-dependent number of chunks
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EarlyStopStreamer(nn.Cell):
    def __init__(self, n_bins=16, chunk=3, num_chunks=4):
        super().__init__()
        self.chunk = chunk
        self.num_chunks = num_chunks
        self.enhance = nn.Dense(n_bins, n_bins)

    def construct(self, spec, silence_level):
        outputs = []
        for c in range(self.num_chunks):
            piece = spec[c * self.chunk:(c + 1) * self.chunk]
            if ops.mean(piece) < silence_level:
                break
            outputs.append(piece * ops.sigmoid(self.enhance(piece)))
        return ops.concat(outputs, axis=0)


def make():
    np.random.seed(19)
    spec = np.abs(np.random.randn(12, 16)).astype(np.float32)
    spec[9:] *= 0.01
    return EarlyStopStreamer(), (Tensor(spec), Tensor(0.2, ms.float32))
