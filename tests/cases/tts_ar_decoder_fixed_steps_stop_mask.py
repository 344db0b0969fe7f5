# case: batched autoregressive mel decoding for a fixed max_steps that freezes finished utterances with a stop mask via ops.select -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DecoderCell(nn.Cell):
    def __init__(self, n_mels=8, hidden=16):
        super().__init__()
        self.prenet = nn.Dense(n_mels, hidden, activation="relu")
        self.rnn = nn.GRUCell(hidden * 2, hidden)
        self.mel_out = nn.Dense(hidden, n_mels)
        self.stop_out = nn.Dense(hidden, 1)

    def construct(self, frame, ctx, h):
        h = self.rnn(ops.concat((self.prenet(frame), ctx), -1), h)
        return self.mel_out(h), self.stop_out(h).squeeze(-1), h


class BatchedInference(nn.Cell):
    def __init__(self, n_mels=8, hidden=16, max_steps=6, stop_threshold=0.5):
        super().__init__()
        self.cell = DecoderCell(n_mels, hidden)
        self.n_mels = n_mels
        self.max_steps = max_steps
        self.stop_threshold = stop_threshold

    def construct(self, ctx):
        b, hdim = ctx.shape
        frame = ops.zeros((b, self.n_mels), ms.float32)
        h = ops.zeros((b, hdim), ms.float32)
        finished = ops.zeros((b,), ms.bool_)
        lengths = ops.zeros((b,), ms.int32)
        mels = []
        for _ in range(self.max_steps):
            new_frame, stop_logit, h = self.cell(frame, ctx, h)
            keep = ops.logical_not(finished).expand_dims(1).broadcast_to(new_frame.shape)
            frame = ops.select(keep, new_frame, ops.zeros_like(new_frame))
            mels.append(frame)
            lengths = lengths + ops.logical_not(finished).astype(ms.int32)
            finished = ops.logical_or(finished, ops.sigmoid(stop_logit) > self.stop_threshold)
        return ops.stack(mels, axis=1), lengths


def make():
    np.random.seed(22)
    return BatchedInference(), (Tensor(np.random.randn(3, 16).astype(np.float32)),)
