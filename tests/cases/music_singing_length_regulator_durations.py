# case: singing-voice synthesis length regulator expanding phoneme encodings by predicted frame durations with repeat_interleave -> dynamic shape at line 31
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DurationPredictor(nn.Cell):
    def __init__(self, dim=16, max_frames=6):
        super().__init__()
        self.conv = nn.Conv1d(dim, dim, 3, pad_mode="same")
        self.proj = nn.Dense(dim, 1)
        self.max_frames = max_frames

    def construct(self, h):
        x = ops.relu(self.conv(h.transpose(0, 2, 1))).transpose(0, 2, 1)
        log_d = self.proj(x).squeeze(-1)
        return ops.clip(ops.round(ops.exp(log_d)), 1, self.max_frames).astype(ms.int32)


class SingingAcousticModel(nn.Cell):
    def __init__(self, n_phonemes=30, dim=16, n_mels=20):
        super().__init__()
        self.embed = nn.Embedding(n_phonemes, dim)
        self.pitch_embed = nn.Dense(1, dim)
        self.durations = DurationPredictor(dim)
        self.mel_out = nn.Dense(dim, n_mels)

    def construct(self, phonemes, note_pitch):
        h = self.embed(phonemes) + self.pitch_embed(note_pitch.expand_dims(-1))
        dur = self.durations(h)
        frames = ops.repeat_interleave(h[0], dur[0], 0)
        return self.mel_out(frames), dur


def make():
    np.random.seed(30)
    ph = Tensor(np.random.randint(0, 30, (1, 7)).astype(np.int32))
    pitch = Tensor(np.random.rand(1, 7).astype(np.float32))
    return SingingAcousticModel(), (ph, pitch)
