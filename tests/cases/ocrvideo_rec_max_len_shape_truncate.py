# case: recogniser truncates or pads encoder features to max_text_length using static .shape checks before a position-attention decoder -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PositionAttentionDecoder(nn.Cell):
    def __init__(self, hidden=32, num_classes=40, max_text_length=8):
        super().__init__()
        self.max_text_length = max_text_length
        self.pos_query = nn.Embedding(max_text_length, hidden)
        self.cls = nn.Dense(hidden, num_classes)
        self.scale = hidden ** -0.5

    def construct(self, feats):
        b = feats.shape[0]
        pos = ops.arange(self.max_text_length, dtype=ms.int32)
        q = ops.broadcast_to(self.pos_query(pos).expand_dims(0), (b, self.max_text_length, feats.shape[2]))
        attn = ops.softmax(ops.bmm(q, feats.transpose(0, 2, 1)) * self.scale, axis=-1)
        return self.cls(ops.bmm(attn, feats))


class FixedLengthRecognizer(nn.Cell):
    def __init__(self, hidden=32, num_classes=40, max_text_length=8, max_seq=16):
        super().__init__()
        self.max_seq = max_seq
        self.decoder = PositionAttentionDecoder(hidden, num_classes, max_text_length)

    def _fit_length(self, feats):
        seq = feats.shape[1]
        if seq > self.max_seq:
            feats = feats[:, :self.max_seq]
        elif seq < self.max_seq:
            feats = ops.pad(feats, (0, 0, 0, self.max_seq - seq))
        return feats

    def construct(self, feats):
        feats = self._fit_length(feats)
        logits = self.decoder(feats)
        return logits.argmax(-1), logits


def make():
    np.random.seed(34)
    feats = Tensor(np.random.randn(2, 20, 32).astype(np.float32))
    return FixedLengthRecognizer(), (feats,)
