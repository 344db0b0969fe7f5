# case: document encoder wraps its results in a plain TokenClassifierOutput class built inside construct because config.use_return_dict defaults to True -> plain Python class instance created and returned in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DocConfig:
    def __init__(self, hidden_size=32, num_labels=9, use_return_dict=True, output_hidden_states=False):
        self.hidden_size = hidden_size
        self.num_labels = num_labels
        self.use_return_dict = use_return_dict
        self.output_hidden_states = output_hidden_states


class TokenClassifierOutput:
    def __init__(self, logits, hidden_states=None):
        self.logits = logits
        self.hidden_states = hidden_states

    def to_tuple(self):
        return tuple(v for v in (self.logits, self.hidden_states) if v is not None)


class DocTokenClassifier(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.encoder = nn.SequentialCell([nn.Dense(config.hidden_size, config.hidden_size), nn.GELU()])
        self.classifier = nn.Dense(config.hidden_size, config.num_labels)
        self.config = config

    def construct(self, hidden_states, return_dict=None):
        return_dict = return_dict if return_dict is not None else self.config.use_return_dict
        seq = self.encoder(hidden_states)
        logits = self.classifier(seq)
        if not return_dict:
            return (logits, seq) if self.config.output_hidden_states else (logits,)
        return TokenClassifierOutput(logits=logits, hidden_states=seq if self.config.output_hidden_states else None)


def make():
    np.random.seed(10)
    h = Tensor(np.random.randn(2, 14, 32).astype(np.float32))
    return DocTokenClassifier(DocConfig()), (h,)
