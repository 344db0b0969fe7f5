# case: an @ms.jit helper picks the rows of unlabeled embeddings whose pseudo-label confidence beats a threshold with boolean-mask indexing -> dynamic shape in graph mode
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

CONF_THRESHOLD = 0.7


@ms.jit
def select_confident_rows(embeddings, logits):
    probs = ops.softmax(logits, axis=-1)
    conf = probs.max(axis=-1)
    keep = conf > CONF_THRESHOLD
    rows = embeddings[keep]
    labels = probs.argmax(axis=-1)[keep]
    return rows, labels


def make():
    np.random.seed(25)
    emb = Tensor(np.random.randn(16, 4).astype(np.float32))
    logits = Tensor(np.random.randn(16, 3).astype(np.float32) * 2.0)
    return select_confident_rows, (emb, logits)
