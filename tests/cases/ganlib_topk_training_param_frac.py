# case: Top-k GAN training (Sinha et al.) keeps only the k most realistic fakes for the generator loss, k = int(frac * batch) where frac is a decaying Parameter owned by the loss cell -> top-k size from tensor data, Graph mode should fail or go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TopKConfig:
    def __init__(self, topk_init=1.0, topk_gamma=0.99, topk_min=0.5, use_topk=True):
        self.topk_init = topk_init
        self.topk_gamma = topk_gamma
        self.topk_min = topk_min
        self.use_topk = use_topk


class NonSaturatingGLoss(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.use_topk = config.use_topk
        self.gamma = config.topk_gamma
        self.min_frac = config.topk_min
        self._build_state(config)

    def _build_state(self, config):
        self.topk_frac = ms.Parameter(Tensor(np.array(0.75, np.float32)), name="topk_frac", requires_grad=False)

    def _num_kept(self, batch):
        frac = ops.maximum(self.topk_frac, self.min_frac)
        return int(frac * batch)

    def construct(self, fake_logits):
        logits = fake_logits.reshape(-1)
        if self.use_topk:
            k = self._num_kept(logits.shape[0])
            logits, _ = ops.topk(logits, k)
        return ops.softplus(-logits).mean()


def make():
    np.random.seed(3557)
    loss = NonSaturatingGLoss(TopKConfig())
    fake_logits = Tensor(np.random.randn(8, 1).astype(np.float32))
    return loss, (fake_logits,)
