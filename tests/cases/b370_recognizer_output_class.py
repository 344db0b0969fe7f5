# case: handwriting recognizer returns a small output class (logits, lengths, attentions) because config.return_dict defaults to True -> a plain Python class instantiated inside construct, expect Graph mode to refuse
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RecognizerConfig:
    def __init__(self, point_dim=3, hidden_size=32, vocab_size=30, return_dict=True):
        self.point_dim = point_dim
        self.hidden_size = hidden_size
        self.vocab_size = vocab_size
        self.return_dict = return_dict


class RecognizerOutput:
    def __init__(self, logits=None, output_lengths=None, attentions=None):
        self.logits = logits
        self.output_lengths = output_lengths
        self.attentions = attentions

    def to_tuple(self):
        return tuple(v for v in (self.logits, self.output_lengths, self.attentions) if v is not None)


class InkRecognizer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.encoder = nn.SequentialCell([nn.Dense(config.point_dim, config.hidden_size), nn.ReLU(),
                                          nn.Dense(config.hidden_size, config.hidden_size)])
        self.head = nn.Dense(config.hidden_size, config.vocab_size)
        self.return_dict = config.return_dict

    def construct(self, ink, lengths, return_dict=None):
        return_dict = return_dict if return_dict is not None else self.return_dict
        logits = self.head(self.encoder(ink))
        if not return_dict:
            return logits, lengths
        return RecognizerOutput(logits=logits, output_lengths=lengths)


def make():
    np.random.seed(3709)
    ink = Tensor(np.random.randn(2, 20, 3).astype(np.float32))
    lengths = Tensor(np.array([20, 14], dtype=np.int32))
    return InkRecognizer(RecognizerConfig()), (ink, lengths)
