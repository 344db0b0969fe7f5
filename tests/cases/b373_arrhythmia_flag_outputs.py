# case: arrhythmia head whose output tuple grows with config flags (output_attentions, output_probs) and a return_dict branch never taken with the default config -> flags are Python constants, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ArrhythmiaConfig:
    def __init__(self, hidden=32, num_classes=5, threshold=0.5, output_attentions=True,
                 output_probs=False, use_return_dict=False):
        self.hidden = hidden
        self.num_classes = num_classes
        self.threshold = threshold
        self.output_attentions = output_attentions
        self.output_probs = output_probs
        self.use_return_dict = use_return_dict


class HeadOutput:
    def __init__(self, logits, attentions=None, probs=None):
        self.logits = logits
        self.attentions = attentions
        self.probs = probs


class AttentivePoolHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.score = nn.Dense(config.hidden, 1)
        self.cls = nn.Dense(config.hidden, config.num_classes)
        self.threshold = config.threshold
        self.config = config

    def construct(self, seq, output_attentions=None, return_dict=None):
        output_attentions = self.config.output_attentions if output_attentions is None else output_attentions
        return_dict = return_dict if return_dict is not None else self.config.use_return_dict
        attn = ops.softmax(self.score(seq).squeeze(-1), axis=-1)
        pooled = (seq * attn.expand_dims(-1)).sum(axis=1)
        logits = self.cls(pooled)
        probs = ops.sigmoid(logits)
        decisions = ops.select(probs > self.threshold, ops.ones_like(probs), ops.zeros_like(probs))
        if return_dict:
            return HeadOutput(logits, attn if output_attentions else None, probs)
        outputs = (logits, decisions) + (attn,) if output_attentions else (logits, decisions)
        if self.config.output_probs:
            outputs = outputs + (probs,)
        return outputs


def make():
    np.random.seed(3740)
    seq = Tensor(np.random.randn(2, 50, 32).astype(np.float32))
    return AttentivePoolHead(ArrhythmiaConfig()), (seq,)
