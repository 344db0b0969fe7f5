# case: @ms.jit sampled-softmax loss that restricts the output projection to the unique target ids in the batch -> dynamic shape at line 10
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def batch_vocab_softmax_loss(hidden, out_weight, target_ids):
    flat_targets = target_ids.reshape(-1)
    batch_vocab, remapped = ops.unique(flat_targets)
    sub_weight = ops.gather(out_weight, batch_vocab, 0)
    logits = ops.matmul(hidden.reshape(-1, hidden.shape[-1]), sub_weight.T)
    logp = ops.log_softmax(logits, -1)
    nll = -ops.gather_elements(logp, 1, remapped.expand_dims(1))
    return nll.mean()


def make():
    np.random.seed(0)
    hidden = Tensor(np.random.randn(2, 4, 8).astype(np.float32))
    weight = Tensor(np.random.randn(30, 8).astype(np.float32))
    targets = Tensor(np.array([[3, 7, 7, 12], [3, 25, 1, 12]], np.int32))
    return batch_vocab_softmax_loss, (hidden, weight, targets)
