# case: KWS model returns a small KWSOutput object when config.return_dict is True (the default, never changed by callers) and a tuple otherwise -> plain Python class instance returned from construct, Graph mode rejects it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class KWSOutput:
    def __init__(self, logits, hidden_states=None):
        self.logits = logits
        self.hidden_states = hidden_states


class KWSConfig:
    def __init__(self, n_mfcc=10, hidden=24, num_labels=12, num_layers=2,
                 return_dict=True, output_hidden_states=False):
        self.n_mfcc = n_mfcc
        self.hidden = hidden
        self.num_labels = num_labels
        self.num_layers = num_layers
        self.return_dict = return_dict
        self.output_hidden_states = output_hidden_states


class DSCNNLite(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.config = config
        self.inp = nn.Dense(config.n_mfcc, config.hidden)
        self.layers = nn.CellList([nn.Dense(config.hidden, config.hidden) for _ in range(config.num_layers)])
        self.cls = nn.Dense(config.hidden, config.num_labels)

    def construct(self, mfcc, return_dict=None):
        return_dict = self.config.return_dict if return_dict is None else return_dict
        h = ops.relu(self.inp(mfcc))
        all_h = ()
        for layer in self.layers:
            h = ops.relu(layer(h)) + h
            all_h = all_h + (h,)
        logits = self.cls(h.mean(axis=1))
        hidden = all_h if self.config.output_hidden_states else None
        if not return_dict:
            return (logits,) + ((hidden,) if hidden is not None else ())
        return KWSOutput(logits=logits, hidden_states=hidden)


def make():
    np.random.seed(38312)
    mfcc = Tensor(np.random.randn(2, 49, 10).astype(np.float32))
    return DSCNNLite(KWSConfig()), (mfcc,)
