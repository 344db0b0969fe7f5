# case: attention recogniser decodes step by step and breaks out of the loop once every sequence emitted EOS -> compile error at line 42
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AttentionCell(nn.Cell):
    def __init__(self, hidden=32, num_embeddings=40):
        super().__init__()
        self.i2h = nn.Dense(hidden, hidden, has_bias=False)
        self.h2h = nn.Dense(hidden, hidden)
        self.score = nn.Dense(hidden, 1, has_bias=False)
        self.rnn = nn.GRUCell(hidden + num_embeddings, hidden)

    def construct(self, prev_hidden, feats, char_onehot):
        proj = self.i2h(feats) + self.h2h(prev_hidden).expand_dims(1)
        alpha = ops.softmax(self.score(ops.tanh(proj)), axis=1)
        context = (alpha * feats).sum(axis=1)
        return self.rnn(ops.concat((context, char_onehot), axis=1), prev_hidden)


class AttnRecognizer(nn.Cell):
    def __init__(self, hidden=32, num_classes=40, max_text_length=12, eos_id=1):
        super().__init__()
        self.cell = AttentionCell(hidden, num_classes)
        self.generator = nn.Dense(hidden, num_classes)
        self.num_classes = num_classes
        self.max_text_length = max_text_length
        self.eos_id = eos_id

    def construct(self, feats):
        batch = feats.shape[0]
        hidden = ops.zeros((batch, feats.shape[2]), ms.float32)
        targets = ops.zeros((batch,), ms.int32)
        probs = []
        for _ in range(self.max_text_length):
            onehot = ops.one_hot(targets, self.num_classes, Tensor(1.0), Tensor(0.0))
            hidden = self.cell(hidden, feats, onehot)
            step_logits = self.generator(hidden)
            probs.append(step_logits)
            targets = step_logits.argmax(-1).astype(ms.int32)
            if (targets == self.eos_id).all():
                break
        return ops.stack(probs, axis=1)


def make():
    np.random.seed(8)
    feats = Tensor(np.random.randn(2, 10, 32).astype(np.float32))
    return AttnRecognizer(), (feats,)
