# case: utterance confidence from normalised frame entropy averaged over a length mask -> static
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EntropyConfidence(nn.Cell):
    def __init__(self, vocab_size=12, alpha=0.5, method="tsallis", exclude_blank=True, blank_id=0):
        super().__init__()
        self.alpha = alpha
        self.method = method
        self.exclude_blank = exclude_blank
        self.blank_id = blank_id
        self.max_entropy = math.log(vocab_size)

    def frame_confidence(self, log_probs):
        probs = ops.exp(log_probs)
        if self.method == "tsallis":
            ent = (1.0 - (probs ** self.alpha).sum(axis=-1)) / (self.alpha - 1.0)
            max_ent = (1.0 - log_probs.shape[-1] ** (1.0 - self.alpha)) / (self.alpha - 1.0)
        else:
            ent = -(probs * log_probs).sum(axis=-1)
            max_ent = self.max_entropy
        return 1.0 - ent / max_ent

    def construct(self, log_probs, lengths):
        conf = self.frame_confidence(log_probs)                   # (B, T)
        t = log_probs.shape[1]
        mask = ops.arange(t).expand_dims(0) < lengths.expand_dims(1)
        if self.exclude_blank:
            mask = ops.logical_and(mask, ops.argmax(log_probs, dim=-1) != self.blank_id)
        maskf = mask.astype(ms.float32)
        return (conf * maskf).sum(axis=1) / ops.maximum(maskf.sum(axis=1), 1.0)


def make():
    np.random.seed(19)
    lp = np.log(np.random.dirichlet(np.ones(12), size=(2, 10))).astype(np.float32)
    lens = Tensor(np.array([10, 7], dtype=np.int32))
    return EntropyConfidence(), (Tensor(lp), lens)
