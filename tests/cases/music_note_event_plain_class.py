# case: transcription post-processing that builds a plain Python NoteEvent object from tensors, mutates it and returns its fields -> compile error at line 31
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NoteEvent:
    def __init__(self, pitch, onset, velocity):
        self.pitch = pitch
        self.onset = onset
        self.velocity = velocity
        self.offset = onset

    def extend(self, frames):
        self.offset = self.onset + frames


class NoteTranscriber(nn.Cell):
    def __init__(self, n_feats=20, n_pitches=24, min_duration=2):
        super().__init__()
        self.frame_head = nn.Dense(n_feats, n_pitches)
        self.vel_head = nn.Dense(n_feats, 1)
        self.min_duration = min_duration

    def construct(self, feats):
        frame_probs = ops.sigmoid(self.frame_head(feats))
        velocity = ops.sigmoid(self.vel_head(feats)).squeeze(-1)
        energy = frame_probs.max(axis=-1)
        onset = ops.argmax(energy)
        pitch = ops.argmax(frame_probs[onset])
        note = NoteEvent(pitch, onset, velocity[onset])
        active = (frame_probs[:, pitch] > 0.5).astype(ms.int32).sum()
        note.extend(ops.maximum(active, self.min_duration))
        return note.pitch, note.onset, note.offset, note.velocity


def make():
    np.random.seed(20)
    feats = Tensor(np.random.randn(15, 20).astype(np.float32))
    return NoteTranscriber(), (feats,)
