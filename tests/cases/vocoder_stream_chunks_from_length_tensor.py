# case: streaming vocoder synthesis: number of chunks derived from a valid-length tensor, chunks overlap-added -> dynamic shape at line 35
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ChunkVocoder(nn.Cell):
    def __init__(self, n_mels=4, hop=4):
        super().__init__()
        self.up = nn.Conv1dTranspose(n_mels, 1, 2 * hop, stride=hop, pad_mode="same")
        self.hop = hop

    def construct(self, mel_chunk):
        return ops.tanh(self.up(mel_chunk)).reshape(-1)


class StreamingSynth(nn.Cell):
    def __init__(self, chunk_frames=4, overlap_frames=1, hop=4):
        super().__init__()
        self.vocoder = ChunkVocoder(hop=hop)
        self.chunk = chunk_frames
        self.overlap = overlap_frames
        self.hop = hop
        fade = np.linspace(0.0, 1.0, overlap_frames * hop, dtype=np.float32)
        self.fade_in = Tensor(fade)
        self.fade_out = Tensor(fade[::-1].copy())

    def construct(self, mel, mel_len):
        step = self.chunk - self.overlap
        n_chunks = (mel_len - self.overlap) // step
        ov = self.overlap * self.hop
        out = self.vocoder(mel[:, :, 0:self.chunk])
        i = 1
        while i < n_chunks:
            seg = self.vocoder(mel[:, :, i * step:i * step + self.chunk])
            head = out[-ov:] * self.fade_out + seg[:ov] * self.fade_in
            out = ops.concat((out[:-ov], head, seg[ov:]))
            i += 1
        return out


def make():
    np.random.seed(11)
    mel = np.random.randn(1, 4, 16).astype(np.float32)
    return StreamingSynth(), (Tensor(mel), Tensor(13, ms.int32))
