# case: greedy TTS inference uses a while loop conditioned on the stop probability tensor and stacks a Python list of frames -> compile error / dynamic at line 31
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpeakerConditionedARDecoder(nn.Cell):
    def __init__(self, n_mels=8, hidden=16, n_speakers=4, max_len=10, gate_threshold=0.5):
        super().__init__()
        self.n_mels = n_mels
        self.spk_emb = nn.Embedding(n_speakers, hidden)
        self.inp = nn.Dense(n_mels, hidden)
        self.lstm = nn.LSTMCell(hidden, hidden)
        self.mel_out = nn.Dense(hidden, n_mels)
        self.gate_out = nn.Dense(hidden, 1)
        self.max_len = max_len
        self.gate_threshold = gate_threshold

    def _step(self, frame, state, spk):
        h, c = self.lstm(self.inp(frame) + spk, state)
        return self.mel_out(h), ops.sigmoid(self.gate_out(h)), (h, c)

    def construct(self, speaker_id):
        spk = self.spk_emb(speaker_id)
        b = spk.shape[0]
        frame = ops.zeros((b, self.n_mels), ms.float32)
        state = (ops.zeros_like(spk), ops.zeros_like(spk))
        frames = []
        gate = ops.zeros((b, 1), ms.float32)
        t = 0
        while gate.min() < self.gate_threshold and t < self.max_len:
            frame, gate, state = self._step(frame, state, spk)
            frames.append(frame)
            t += 1
        return ops.stack(frames, 1)


def make():
    np.random.seed(14)
    return SpeakerConditionedARDecoder(), (Tensor(np.array([2], dtype=np.int32)),)
