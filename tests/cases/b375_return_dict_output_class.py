# case: fraud classifier returns a plain Python output class (return_dict defaults to True in the config) instead of a tuple -> graph mode rejects returning the custom object
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FraudClassifierConfig:
    def __init__(self, feat_dim=8, hidden=16, num_labels=2, use_return_dict=True):
        self.feat_dim = feat_dim
        self.hidden = hidden
        self.num_labels = num_labels
        self.use_return_dict = use_return_dict


class FraudModelOutput:
    def __init__(self, logits=None, pooled=None, attentions=None):
        self.logits = logits
        self.pooled = pooled
        self.attentions = attentions


class FraudClassifier(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.config = config
        self.encoder = nn.Dense(config.feat_dim, config.hidden, activation="relu")
        self.classifier = nn.Dense(config.hidden, config.num_labels)

    def _pool(self, h, mask):
        mask = mask.expand_dims(-1)
        return (h * mask).sum(axis=1) / ops.maximum(mask.sum(axis=1), 1.0)

    def construct(self, feats, txn_mask, return_dict=None):
        return_dict = return_dict if return_dict is not None else self.config.use_return_dict
        pooled = self._pool(self.encoder(feats), txn_mask)
        logits = self.classifier(pooled)
        if not return_dict:
            return (logits, pooled)
        return FraudModelOutput(logits=logits, pooled=pooled)


def make():
    np.random.seed(3762)
    feats = np.random.randn(4, 6, 8).astype(np.float32)
    mask = np.ones((4, 6), np.float32)
    mask[2, 3:] = 0.0
    return FraudClassifier(FraudClassifierConfig()), (Tensor(feats), Tensor(mask))
