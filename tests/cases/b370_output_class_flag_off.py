# case: handwriting recognizer defines a return_dict path that builds a plain output object, but config.return_dict defaults to False and no caller changes it -> object-building branch is never taken, expect Graph mode to compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RecognizerOutput:
    def __init__(self, logits, hidden_states=None):
        self.logits = logits
        self.hidden_states = hidden_states


class RecognizerConfig:
    def __init__(self, point_dim=3, hidden_size=24, vocab_size=40, return_dict=False, output_hidden_states=False):
        self.point_dim = point_dim
        self.hidden_size = hidden_size
        self.vocab_size = vocab_size
        self.return_dict = return_dict
        self.output_hidden_states = output_hidden_states


class OnlineRecognizer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.encoder = nn.Dense(config.point_dim, config.hidden_size, activation="relu")
        self.classifier = nn.Dense(config.hidden_size, config.vocab_size)
        self.return_dict = config.return_dict
        self.output_hidden_states = config.output_hidden_states

    def construct(self, ink):
        hidden = self.encoder(ink)
        logits = self.classifier(hidden)
        if self.return_dict:
            return RecognizerOutput(logits, hidden if self.output_hidden_states else None)
        outputs = (logits,)
        if self.output_hidden_states:
            outputs = outputs + (hidden,)
        return outputs


def make():
    np.random.seed(3725)
    ink = Tensor(np.random.randn(2, 22, 3).astype(np.float32))
    return OnlineRecognizer(RecognizerConfig()), (ink,)
