# case: a helper generator yields fixed-size signal chunks and construct sums their energies with a generator expression -> Python generators (yield) are not supported in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def iter_chunks(wave, size):
    for start in range(0, wave.shape[-1], size):
        yield wave[..., start:start + size]


class ChunkEnergyGate(nn.Cell):
    def __init__(self, chunk_size=16, gate_db=-30.0):
        super().__init__()
        self.chunk_size = chunk_size
        self.gate_db = gate_db

    def construct(self, wave):
        energies = [ops.mean(c * c, axis=-1) for c in iter_chunks(wave, self.chunk_size)]
        total = sum(e for e in energies)
        level_db = 10.0 * ops.log10(total / len(energies) + 1e-10)
        gate = (level_db > self.gate_db).astype(wave.dtype)
        return wave * gate.expand_dims(-1)


def make():
    np.random.seed(16)
    wave = np.random.randn(2, 64).astype(np.float32)
    return ChunkEnergyGate(), (Tensor(wave),)
