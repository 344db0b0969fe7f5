# case: attention recognizer greedy decoding that keeps stepping while no sequence has emitted EOS (loop count from data) and grows a list of step logits -> rejected or dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AttnDecoderConfig:
    hidden_size = 32
    num_classes = 40
    eos_index = 39
    max_text_len = 12


class AttentionCell(nn.Cell):
    def __init__(self, hidden, num_classes):
        super().__init__()
        self.embed = nn.Embedding(num_classes, hidden)
        self.score = nn.Dense(hidden, hidden)
        self.rnn = nn.GRUCell(hidden * 2, hidden)

    def construct(self, feats, h, prev_char):
        e = ops.tanh(feats + self.score(h).expand_dims(1))
        alpha = ops.softmax(e.sum(axis=-1), axis=-1)
        ctx = (alpha.expand_dims(-1) * feats).sum(axis=1)
        return self.rnn(ops.concat((ctx, self.embed(prev_char)), axis=-1), h)


class AttnRecognizer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.cell = AttentionCell(config.hidden_size, config.num_classes)
        self.generator = nn.Dense(config.hidden_size, config.num_classes)
        self.eos = config.eos_index
        self.max_len = config.max_text_len

    def construct(self, feats):
        batch = feats.shape[0]
        h = ops.zeros((batch, feats.shape[-1]), ms.float32)
        char = ops.zeros((batch,), ms.int32)
        step_logits = []
        finished = False
        step = 0
        while not finished and step < self.max_len:
            h = self.cell(feats, h, char)
            logits = self.generator(h)
            char = ops.argmax(logits, dim=-1).astype(ms.int32)
            step_logits.append(logits)
            finished = bool((char == self.eos).any())
            step += 1
        return ops.stack(step_logits, axis=1)


def make():
    np.random.seed(8)
    feats = Tensor(np.random.randn(2, 10, 32).astype(np.float32))
    return AttnRecognizer(AttnDecoderConfig()), (feats,)
