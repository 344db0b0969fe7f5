# case: pix2pixHD feature-matching loss over multiscale discriminator outputs, tuple/list guarded with isinstance, real/fake weighting done by multiplying with a float mask and zip over the feature lists -> masks by multiplication keep shapes static, fine in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FMConfig:
    lambda_feat = 10.0
    num_D = 2
    n_layers_D = 3
    use_masked_mean = True


def masked_mean(x, mask, eps=1e-6):
    mask = mask.reshape((-1,) + (1,) * (x.ndim - 1))
    return (x * mask).sum(axis=0) / (mask.sum() + eps)


class FeatureMatchingLoss(nn.Cell):
    def __init__(self, config=FMConfig()):
        super().__init__()
        self.lambda_feat = config.lambda_feat
        self.feat_weight = 4.0 / (config.n_layers_D + 1)
        self.d_weight = 1.0 / config.num_D
        self.use_masked_mean = config.use_masked_mean
        self.l1 = nn.L1Loss()

    def construct(self, pred_fake, pred_real, valid=None):
        if not isinstance(pred_fake, (list, tuple)):
            pred_fake, pred_real = [pred_fake], [pred_real]
        loss = 0.0
        for fake_feats, real_feats in zip(pred_fake, pred_real):
            for f, r in zip(fake_feats[:-1], real_feats[:-1]):
                if valid is not None and self.use_masked_mean:
                    diff = masked_mean(ops.abs(f - ops.stop_gradient(r)), valid).mean()
                else:
                    diff = self.l1(f, ops.stop_gradient(r))
                loss = loss + self.d_weight * self.feat_weight * diff
        return loss * self.lambda_feat


def _feats(rng, n):
    shapes = [(n, 8, 8, 8), (n, 16, 4, 4), (n, 1, 4, 4)]
    return tuple(Tensor(rng.randn(*s).astype(np.float32)) for s in shapes)


def make():
    np.random.seed(3551)
    rng = np.random
    pred_fake = (_feats(rng, 4), _feats(rng, 4))
    pred_real = (_feats(rng, 4), _feats(rng, 4))
    valid = Tensor(np.array([1, 0, 1, 1], np.float32))
    return FeatureMatchingLoss(), (pred_fake, pred_real, valid)
