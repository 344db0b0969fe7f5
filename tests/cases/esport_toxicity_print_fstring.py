# case: chat moderation cell prints an f-string with the mean toxicity tensor for debugging before returning flags -> f-string formatting of a tensor in construct, may be unsupported in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ChatModerator(nn.Cell):
    def __init__(self, emb_dim=12, verbose=True):
        super().__init__()
        self.head = nn.Dense(emb_dim, 3)
        self.verbose = verbose

    def construct(self, msg_emb):
        logits = self.head(msg_emb)
        probs = ops.softmax(logits, axis=-1)
        toxic = probs[:, 2]
        if self.verbose:
            print(f"mean toxicity={toxic.mean()} max={toxic.max()}")
        return (toxic > 0.4).astype(ms.int32)


def make():
    np.random.seed(11)
    emb = Tensor(np.random.randn(9, 12).astype(np.float32))
    return ChatModerator(12, True), (emb,)
