# case: chat toxicity classifier converts embeddings to numpy to count flagged tokens on the host inside construct -> asnumpy host round trip, error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ToxicityFlagger(nn.Cell):
    def __init__(self, emb_dim=16, flag_threshold=0.7):
        super().__init__()
        self.classifier = nn.Dense(emb_dim, 1)
        self.sigmoid = nn.Sigmoid()
        self.flag_threshold = flag_threshold

    def count_flags(self, probs):
        arr = probs.asnumpy()
        return Tensor(np.array((arr > self.flag_threshold).sum(), dtype=np.float32))

    def construct(self, chat_emb):
        probs = self.sigmoid(self.classifier(chat_emb)).squeeze(-1)
        n_flagged = self.count_flags(probs)
        return probs.mean() + n_flagged * 0.01


def make():
    np.random.seed(3)
    chat = Tensor(np.random.randn(20, 16).astype(np.float32))
    return ToxicityFlagger(16), (chat,)
