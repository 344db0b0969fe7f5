# case: categorical feature bank embeds each named field, collects the vectors in a dict built up in construct and returns the dict -> graph mode may reject or restrict the dict
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

FIELDS = ("mcc", "country", "channel")
VOCAB = {"mcc": 50, "country": 30, "channel": 5}


class FeatureBankConfig:
    def __init__(self, dim=6, fields=FIELDS, return_concat=False):
        self.dim = dim
        self.fields = fields
        self.return_concat = return_concat


class CategoricalFeatureBank(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.fields = tuple(config.fields)
        self.return_concat = config.return_concat
        self.tables = nn.CellList([nn.Embedding(VOCAB[f], config.dim) for f in self.fields])

    def construct(self, mcc, country, channel):
        raw = {"mcc": mcc, "country": country, "channel": channel}
        feats = {}
        for name, table in zip(self.fields, self.tables):
            feats[name] = table(raw[name]).mean(axis=1)
        if self.return_concat:
            return ops.concat([feats[f] for f in self.fields], axis=-1)
        return feats


def make():
    np.random.seed(3767)
    mcc = np.random.randint(0, 50, size=(4, 7)).astype(np.int32)
    country = np.random.randint(0, 30, size=(4, 7)).astype(np.int32)
    channel = np.random.randint(0, 5, size=(4, 7)).astype(np.int32)
    return CategoricalFeatureBank(FeatureBankConfig()), (Tensor(mcc), Tensor(country), Tensor(channel))
