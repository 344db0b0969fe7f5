# case: REMI-style token embedding summing pitch, velocity-bin and position embeddings with a dropout flag from the config -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EmbedConfig:
    num_pitches = 128
    num_vel_bins = 32
    max_positions = 64
    dim = 24
    dropout = 0.1


class NoteEmbedding(nn.Cell):
    def __init__(self, cfg=EmbedConfig(), use_dropout=False):
        super().__init__()
        self.pitch = nn.Embedding(cfg.num_pitches, cfg.dim)
        self.vel = nn.Embedding(cfg.num_vel_bins, cfg.dim)
        self.pos = nn.Embedding(cfg.max_positions, cfg.dim)
        self.vel_bins = cfg.num_vel_bins
        self.use_dropout = use_dropout
        self.drop = nn.Dropout(p=cfg.dropout)

    def construct(self, pitch, velocity):
        seq_len = pitch.shape[1]
        positions = ops.arange(seq_len).reshape(1, -1)
        vbin = (velocity * self.vel_bins // 128).astype(ms.int32)
        h = self.pitch(pitch) + self.vel(vbin) + self.pos(positions)
        if self.use_dropout:
            h = self.drop(h)
        return h


def make():
    np.random.seed(33)
    pitch = Tensor(np.random.randint(0, 128, size=(2, 20)).astype(np.int32))
    vel = Tensor(np.random.randint(1, 128, size=(2, 20)).astype(np.int32))
    return NoteEmbedding(), (pitch, vel)
