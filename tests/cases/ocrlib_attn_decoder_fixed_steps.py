# case: attention recognizer decoding a fixed max_text_len steps (range over a Python int from the config) and tracking EOS with a running mask instead of breaking -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AttnDecoderConfig:
    def __init__(self, hidden_size=32, num_classes=40, eos_index=39, max_text_len=12, output_attentions=False):
        self.hidden_size = hidden_size
        self.num_classes = num_classes
        self.eos_index = eos_index
        self.max_text_len = max_text_len
        self.output_attentions = output_attentions


class AttnRecognizerHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        hid = config.hidden_size
        self.embed = nn.Embedding(config.num_classes, hid)
        self.query = nn.Dense(hid, hid)
        self.rnn = nn.GRUCell(hid * 2, hid)
        self.generator = nn.Dense(hid, config.num_classes)
        self.eos = config.eos_index
        self.max_len = config.max_text_len
        self.output_attentions = config.output_attentions

    def _attend(self, feats, h):
        e = (ops.tanh(feats + self.query(h).expand_dims(1))).sum(axis=-1)
        alpha = ops.softmax(e, axis=-1)
        return (alpha.expand_dims(-1) * feats).sum(axis=1), alpha

    def construct(self, feats):
        batch = feats.shape[0]
        h = ops.zeros((batch, feats.shape[-1]), ms.float32)
        char = ops.zeros((batch,), ms.int32)
        alive = ops.ones((batch,), ms.float32)
        logits_seq, attn_seq = [], []
        for _ in range(self.max_len):
            ctx, alpha = self._attend(feats, h)
            h = self.rnn(ops.concat((ctx, self.embed(char)), axis=-1), h)
            logits = self.generator(h) * alive.expand_dims(-1)
            char = ops.argmax(logits, dim=-1).astype(ms.int32)
            alive = alive * (char != self.eos).astype(ms.float32)
            logits_seq.append(logits)
            attn_seq.append(alpha)
        outputs = (ops.stack(logits_seq, axis=1),)
        if self.output_attentions:
            outputs = outputs + (ops.stack(attn_seq, axis=1),)
        return outputs


def make():
    np.random.seed(9)
    feats = Tensor(np.random.randn(2, 10, 32).astype(np.float32))
    return AttnRecognizerHead(AttnDecoderConfig()), (feats,)
