# case: @ms.jit_class overlap-add buffer instantiated from tensors in construct, mutated per chunk and returned -> compile error at line 34
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class OLABuffer:
    def __init__(self, tail):
        self.tail = tail
        self.frames_done = 0

    def add(self, chunk):
        ov = self.tail.shape[-1]
        head = chunk[..., :ov] + self.tail
        self.tail = chunk[..., -ov:]
        self.frames_done += 1
        return ops.concat((head, chunk[..., ov:-ov]), axis=-1)


class ChunkedUpsampler(nn.Cell):
    def __init__(self, n_mels=4, hop=4, overlap=4):
        super().__init__()
        self.up = nn.Conv1dTranspose(n_mels, 1, hop, stride=hop, pad_mode="valid")
        self.overlap = overlap

    def construct(self, mel_a, mel_b, mel_c):
        first = self.up(mel_a)[:, 0]
        buf = OLABuffer(ops.zeros((first.shape[0], self.overlap), ms.float32))
        outs = []
        for mel in (mel_a, mel_b, mel_c):
            outs.append(buf.add(self.up(mel)[:, 0]))
        outs.append(buf.tail)
        return ops.concat(outs, axis=-1), buf


def make():
    np.random.seed(18)
    mels = [Tensor(np.random.randn(1, 4, 5).astype(np.float32)) for _ in range(3)]
    return ChunkedUpsampler(), tuple(mels)
