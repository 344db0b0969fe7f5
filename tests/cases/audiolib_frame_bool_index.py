# case: frame-level phone classifier loss helper that selects the non-padded frames with boolean-mask indexing logits[mask] before cross entropy -> Graph mode should go dynamic or reject (mask indexing)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FrameClassifierConfig:
    d_model = 32
    num_phones = 10
    ignore_padding = True


def make_non_pad_mask(lengths, max_len):
    return ops.arange(max_len).reshape(1, -1) < lengths.reshape(-1, 1)


class FramePhoneClassifier(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.head = nn.Dense(config.d_model, config.num_phones)
        self.ignore_padding = config.ignore_padding
        self.loss_fn = nn.CrossEntropyLoss()

    def _select_frames(self, logits, labels, lengths):
        mask = make_non_pad_mask(lengths, logits.shape[1])
        return logits[mask], labels[mask]

    def construct(self, feats, labels, lengths):
        logits = self.head(feats)
        if self.ignore_padding:
            logits, labels = self._select_frames(logits, labels, lengths)
        else:
            logits = logits.reshape(-1, logits.shape[-1])
            labels = labels.reshape(-1)
        return self.loss_fn(logits, labels)


def make():
    np.random.seed(3313)
    net = FramePhoneClassifier(FrameClassifierConfig())
    feats = Tensor(np.random.randn(2, 20, 32).astype(np.float32))
    labels = Tensor(np.random.randint(0, 10, (2, 20)).astype(np.int32))
    lengths = Tensor(np.array([20, 13], dtype=np.int32))
    return net, (feats, labels, lengths)
